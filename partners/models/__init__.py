from .membership import MembershipApplication
from .membership_page import MembershipPage
from .pages import PartnerIndexPage, PartnerPage
from .supporter_page import SupporterPage
from .supporters import Supporter
from .terms import Municipality, PartnerCategory

__all__ = [
    "MembershipApplication",
    "MembershipPage",
    "Municipality",
    "PartnerCategory",
    "PartnerIndexPage",
    "PartnerPage",
    "Supporter",
    "SupporterPage",
]
