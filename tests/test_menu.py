"""The main menu on small screens folds behind one button (static/js/menu.js); without
JavaScript, and on large screens, the whole list shows. Its behaviour in the browser is
tested in tests/e2e."""

import re
from pathlib import Path

import pytest

from django.contrib.staticfiles import finders


@pytest.mark.django_db
def test_menu_button_controls_the_list_and_is_hidden_until_the_script_runs(client, tree):
    tree.directory.show_in_menus = True
    tree.directory.save_revision().publish()
    html = client.get("/").text
    button = re.search(r"<button [^>]*class=\"main-nav__toggle\"[^>]*>", html).group(0)
    assert 'aria-controls="main-nav-list"' in button
    assert " hidden" in button  # without JavaScript the list is the menu
    assert '<ul class="main-nav__list" id="main-nav-list">' in html
    assert re.search(r"</span>Menü\s*</button>", html)
    assert re.search(r'<script src="/static/js/menu\.js" defer>', html)
    script = Path(finders.find("js/menu.js")).read_text()
    assert "aria-expanded" in script and "Escape" in script
