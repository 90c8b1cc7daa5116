/* Click-to-load videos (home/blocks/video_block.html).
   The embed code waits in an inert <template>, so the video platform is contacted only after
   the reader presses the button. Without JavaScript the button stays hidden and the plain
   link to the video remains. */
(function () {
    "use strict";
    if (window.klimaallianzVideoConsent) {
        return;
    }
    window.klimaallianzVideoConsent = true;

    function load(button) {
        var figure = button.closest("[data-video-consent]");
        var template = figure && figure.querySelector("template[data-video-consent-embed]");
        if (!template) {
            return;
        }
        var embed = document.importNode(template.content, true);
        var frame = embed.querySelector("iframe");
        // The aspect ratio comes as data: the site's Content-Security-Policy refuses style
        // attributes, but not styles set from a script file.
        var box = embed.querySelector("[data-ratio]");
        if (box) {
            box.style.paddingBottom = box.getAttribute("data-ratio");
        }
        if (frame && !frame.getAttribute("title")) {
            frame.setAttribute("title", template.getAttribute("data-title") || "");
        }
        var placeholder = figure.querySelector("[data-video-consent-placeholder]");
        figure.replaceChild(embed, placeholder);
        template.remove();
        if (frame) {
            frame.setAttribute("tabindex", "-1");
            frame.focus();
        }
    }

    function init() {
        document.querySelectorAll("[data-video-consent-load]").forEach(function (button) {
            button.hidden = false;
        });
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest("[data-video-consent-load]");
        if (button) {
            load(button);
        }
    });
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
