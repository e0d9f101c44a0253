"""The terminal console: the same Bot, views and workflows as Slack, rendered as text.

In the style of errbot's text mode: type ``/woonzorg ...`` as one of the programme's people,
switch with ``/als @naam``, press buttons by their number, fill modals at prompts.
"""
