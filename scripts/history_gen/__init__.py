"""The generators behind scripts/gen-history.py, which writes the database: real text
from the fixtures (`corpus`), hand-written phrases (`phrases`), code blocks
(`snippets`), Markdown prompts and answers (`text`), and the conversations and their
messages as rows (`conversations`). Every random choice comes from the one
`random.Random` passed in, in a fixed order, so the same seed gives the same history.
"""
