/* The main menu on small screens: one "Menu" button instead of rows of links.
   Without JavaScript the button stays hidden and the whole list shows. */
(function () {
    "use strict";
    var nav = document.querySelector("[data-main-nav]");
    var button = nav && nav.querySelector(".main-nav__toggle");
    if (!button) {
        return;
    }

    function show(open) {
        button.setAttribute("aria-expanded", open ? "true" : "false");
        nav.classList.toggle("main-nav--open", open);
    }

    nav.classList.add("main-nav--collapsible");
    button.hidden = false;
    show(false);
    button.addEventListener("click", function () {
        show(button.getAttribute("aria-expanded") !== "true");
    });
    nav.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && nav.classList.contains("main-nav--open")) {
            show(false);
            button.focus();
        }
    });
}());
