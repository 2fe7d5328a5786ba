"""The dialogs that change orders: one per Order Management write, bulk runs, and the CSV export."""

from .actions import DIALOGS, ActionDialogs
from .base import ActionDialog
from .bulk import BulkDialog

__all__ = ["DIALOGS", "ActionDialog", "ActionDialogs", "BulkDialog"]
