"""Every user-facing Dutch text of woonzorg-bot: the catalogue, split by surface.

Slack replies, terminal output, import errors, reminders, report headings and the command
line's help all take their words from these modules, so the Dutch can be read and reviewed in
one place. Templates use ``str.format`` fields. Code reads them through ``workflows.messages``,
which gathers every module here into one namespace; a name is defined in exactly one module.

- ``common``: vocabulary (status and planning labels), counts with their plural, parsing errors
- ``commands``: the /woonzorg commands, their views, the update modal, the App Home
- ``console``: the terminal console's own lines
- ``rounds``: update rounds
- ``reminders``: reminders, escalation, the weekly digest, reminding by hand
- ``importing``: import problems and summaries, export, sheet names
- ``report``: the half-yearly progress report
- ``editorial``: the editorial review, the coordinators' report texts, recording spending
- ``cli``: the command line's help, usage and Click's words in Dutch
- ``service``: running the bot, Slack and database faults
"""
