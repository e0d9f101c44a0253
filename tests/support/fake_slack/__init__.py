"""A fake Slack for tests and benchmarks: Web API server, Block Kit checks, signed requests."""

from tests.support.fake_slack.blockkit import check_message, check_view
from tests.support.fake_slack.server import Call, FakeSlack
from tests.support.fake_slack.signing import SignedClient, sign
from tests.support.fake_slack.waiting import wait_for

__all__ = ["Call", "FakeSlack", "SignedClient", "check_message", "check_view", "sign", "wait_for"]
