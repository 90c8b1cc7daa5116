"""The project showcase, project pages, feeds and the widget for partners' websites: what
readers see in both languages, and that nothing unpublished shows anywhere."""
