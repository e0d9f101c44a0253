"""The Slack adapter: the Bolt app (``bot.slack.app``), the Web API Notifier and Directory, HTTP
and Socket Mode."""
