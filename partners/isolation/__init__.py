"""Partner isolation: a member organisation's editors reach their own pages, documents and
images and nothing else, anywhere in the admin.

Wagtail's page permissions already guard editing, moving, publishing and the explorer. This
package closes what Wagtail 8.0 leaves open, each closure with Wagtail's own mechanism where one
exists (hooks), otherwise with a small override of the view, applied to partner editors only.
Every closure has a test named after its surface in tests/test_permissions.py, so that an
upgrade that reopens one fails a test.

The rules (rules.py):
- A *partner editor* is a non-superuser whose page permissions, if any, all lie in the subtree
  of a PartnerPage. Moderation and Redaktion hold theirs on the root and are not affected.
- A partner editor may choose, link to and see in choosers the pages they may edit, plus every
  live page without view restrictions (any organisation's published profile, say). Drafts and
  unpublished pages of others stay invisible, titles included.
- Everybody may choose the documents and images of collections where they hold "choose"
  (Wagtail's collection permissions); for partner editors that is their own collection.

The surfaces, one module each: choosers.py (page and image choosers, tag suggestions),
admin_views.py (admin URLs without a hook, reports, the filters of admin listings),
bulk_actions.py and admin_api.py. Who may download a document is not a question of partners
and is answered in downloads/ (its queryset and its before_serve_document hook).

Left open on purpose: the snippet choosers (partner categories and municipalities are public
vocabulary that partners need for their own profile; a snippet with private data needs a
SnippetViewSet whose chooser checks permissions), and a published page's pending draft title,
which Wagtail's choosers print for live pages too.
"""

# Importing the modules registers their hooks; the filter-form patch is applied separately by
# PartnersConfig.ready() (admin_views.narrow_filter_forms), so importing changes no class.
from . import admin_api, admin_views, bulk_actions, choosers, rules  # noqa: F401
