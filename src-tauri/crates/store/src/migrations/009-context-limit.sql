-- v9. A conversation can send fewer of its messages than a model's window holds: at
-- most its newest N (none = all that fits), for cost and focus, as a person chooses.
ALTER TABLE conversations ADD COLUMN context_messages INTEGER CHECK (context_messages > 0);
