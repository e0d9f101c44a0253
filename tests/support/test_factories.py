import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.db import session_scope
from storage.models import Action
from tests.support.factories import small_programme
from workflows.errors import NotFound
from workflows.programme.queries import current_programme, deputies, get_action


def test_small_programme_and_lookup(engine: Engine) -> None:
    with session_scope(engine) as session:
        built = small_programme(session)
        assert built.people["coco"].is_coordinator
    with session_scope(engine) as session:
        programme = current_programme(session=session, workspace_id="")
        action = get_action(session=session, programme=programme, code="2.4")
        assert [p.name for p in deputies(session=session, action=action)] == ["Dirk"]
        assert len(session.exec(select(Action)).all()) == 4
        with pytest.raises(NotFound, match="Actie 2.9 bestaat niet. Bedoelde je 2.4?"):
            get_action(session=session, programme=programme, code="2.9")
