"""A fake Slack for tests and benchmarks: Web API server, Block Kit checks, signed requests."""

from tests.fake_slack.blockkit import check_message, check_view
from tests.fake_slack.server import Call, FakeSlack
from tests.fake_slack.signing import SignedClient, sign
from tests.fake_slack.waiting import wait_for

__all__ = ["Call", "FakeSlack", "SignedClient", "check_message", "check_view", "sign", "wait_for"]
