"""Permission policies shared by the site's admin listings."""

from wagtail.permission_policies import ModelPermissionPolicy


class RecordPermissionPolicy(ModelPermissionPolicy):
    """For records that the site writes itself (applications, e-mails, login lock-outs): only
    `actions` exist in the admin, for everybody, superusers included; within them the model
    permissions decide, as in Wagtail's own policy."""

    def __init__(self, model, *, actions, **kwargs):
        super().__init__(model, **kwargs)
        self.actions = frozenset(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a in self.actions])
