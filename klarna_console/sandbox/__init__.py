"""The embedded Klarna Order Management simulator: same routes, same rules, demo data and faults."""
