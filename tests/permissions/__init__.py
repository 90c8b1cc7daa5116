"""Partner isolation through the real admin: a member organisation's editors reach their own
pages, documents and images and nothing else (the closures are in partners/isolation/ and
home/forms.py). One test per surface, named after it, so that an upgrade of Wagtail or
wagtail-localize that reopens one fails here. The organisations are in world.py.
"""
