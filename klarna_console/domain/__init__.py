"""Pure business rules and money: no I/O, no Qt."""
