"""The Slack adapter: the Bolt app, the Web API Notifier and Directory, HTTP and Socket Mode."""

from bot.slack.app import create_app

__all__ = ["create_app"]
