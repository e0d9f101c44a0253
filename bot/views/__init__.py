"""Block Kit views: pure functions from domain objects to blocks. Slack sends them as they are;
the terminal console renders the same blocks as text."""
