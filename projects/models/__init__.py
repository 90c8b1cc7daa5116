from .pages import Co2Method, ProjectPage, ProjectStatus
from .showcase import ProjectIndexPage
from .topics import Topic

__all__ = ["Co2Method", "ProjectIndexPage", "ProjectPage", "ProjectStatus", "Topic"]
