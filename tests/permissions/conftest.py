import pytest

from tests.permissions.world import build_world


@pytest.fixture
def world(home_de, home_en):
    return build_world()


@pytest.fixture
def editor_client(client, world):
    """Anna Amsel, editor of "Stadtwerke Garrel", logged in."""
    client.force_login(world.editor)
    return client
