"""Profiles (who the user is connected as) and their credentials."""
