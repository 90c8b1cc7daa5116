/* wagtail-localize's translation editor in the admin's language. Its script fixes a few words
   in English: the heading "Deutsch to Englisch translation" and the screen reader label "More
   actions" of the publishing menu. The script tag gives the admin language's wording in
   data-title ("Übersetzung von %(source)s nach %(target)s") and data-more-actions. */
(function () {
    "use strict";
    var words = document.currentScript.dataset;
    var heading = /^(.+) to (.+) translation$/;

    function translate(editor) {
        editor.querySelectorAll("h3").forEach(function (element) {
            var match = element.textContent.match(heading);
            if (match) {
                element.textContent = words.title
                    .replace("%(source)s", match[1])
                    .replace("%(target)s", match[2]);
            }
        });
        editor.querySelectorAll(".w-sr-only").forEach(function (element) {
            if (element.textContent === "More actions") {
                element.textContent = words.moreActions;
            }
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        var editor = document.querySelector(".js-translation-editor");
        if (!editor) {
            return;
        }
        translate(editor);
        // React draws the editor after this script has run, and again after changes.
        new MutationObserver(function () {
            translate(editor);
        }).observe(editor, { childList: true, subtree: true });
    });
})();
