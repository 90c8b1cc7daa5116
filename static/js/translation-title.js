/* The heading of wagtail-localize's translation editor in the admin's language.
   wagtail-localize writes "Deutsch to Englisch translation", with the English words fixed in
   its script; the script tag gives the wording of the admin's language in data-title
   ("Übersetzung von %(source)s nach %(target)s"). */
(function () {
    "use strict";
    var template = document.currentScript.dataset.title;
    var english = /^(.+) to (.+) translation$/;

    function translateHeadings(editor) {
        editor.querySelectorAll("h3").forEach(function (heading) {
            var match = heading.textContent.match(english);
            if (match) {
                heading.textContent = template
                    .replace("%(source)s", match[1])
                    .replace("%(target)s", match[2]);
            }
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        var editor = document.querySelector(".js-translation-editor");
        if (!editor) {
            return;
        }
        translateHeadings(editor);
        // React draws the editor after this script has run, and again after changes.
        new MutationObserver(function () {
            translateHeadings(editor);
        }).observe(editor, { childList: true, subtree: true });
    });
})();
