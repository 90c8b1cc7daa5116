from .pages import PartnerIndexPage, PartnerPage
from .terms import Municipality, PartnerCategory

__all__ = ["Municipality", "PartnerCategory", "PartnerIndexPage", "PartnerPage"]
