"""The texts a command declares (summary, description, option help, form title, choice
labels, what a value type accepts) in the reader's language.

English is declared once, in the code next to the handler (`CommandGroup.command(summary=…)`,
`Param(help=…)`, `ValueType(accepted=…)`); every other language has it as a catalog message
whose key is derived from the declaration, so a test can require each one in each language:

    cmd-school-register                 the summary of `school register`
    cmd-school-register-description     its description (when it declares one)
    cmd-school-register-form            its form's title (when it has a form)
    cmd-school-register-opt-name        the help of its option `name`
    choice-middle                       the label of the choice `middle`, in every option
    value-date-accepted                 what the value type `date` accepts (help, errors);
    value-weekly-hours-accepted         (a type's name in lower case, dashes for the rest)
    name-register                       the name Discord shows for the command word or option
                                        `register`, one key per word wherever it is used
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.spec import CommandSpec, Param
from bot.core.value_types import ValueType
from bot.i18n.languages import Language
from bot.i18n.messages import Renderer


def command_key(path: tuple[str, ...]) -> str:
    return "cmd-" + "-".join(path)


def description_key(path: tuple[str, ...]) -> str:
    return f"{command_key(path)}-description"


def form_key(path: tuple[str, ...]) -> str:
    return f"{command_key(path)}-form"


def option_key(path: tuple[str, ...], option: str) -> str:
    return f"{command_key(path)}-opt-{option}"


def choice_key(value: str) -> str:
    return f"choice-{value}"


def accepted_key(value_type: ValueType) -> str:
    return f"value-{re.sub(r'[^a-z0-9]+', '-', value_type.name.lower())}-accepted"


def name_key(word: str) -> str:
    """A command word's or an option's name as Discord shows it (`name_localizations`): one
    key per word, so `quota` reads the same in every command that has it."""
    return f"name-{word}"


def declaration_keys(spec: CommandSpec) -> dict[str, str]:
    """Every catalog key the command's declaration needs, with its English text."""
    keys = {command_key(spec.path): spec.summary}
    keys |= {name_key(word): word for word in (*spec.path, *(p.name for p in spec.params))}
    if spec.description:
        keys[description_key(spec.path)] = spec.description
    if spec.form is not None:
        keys[form_key(spec.path)] = spec.form.title
    for param in spec.params:
        keys[option_key(spec.path, param.name)] = param.help
        keys |= {choice_key(choice): choice for choice in param.choices}
        if not param.choices:
            keys[accepted_key(param.type)] = param.type.accepted
    return keys


@dataclass(frozen=True)
class Declared:
    """A declared text as a message argument (an option's help in an error, a summary in
    help): English as declared, else its translation under `key`. Without a key, English."""

    key: str | None
    english: str

    def localized(self, language: Language, translator: Renderer) -> str:
        if self.key is None:
            return self.english
        return translator.declared(self.key, self.english, language)


def summary(spec: CommandSpec) -> Declared:
    return Declared(command_key(spec.path), spec.summary)


def description(spec: CommandSpec) -> Declared:
    return Declared(description_key(spec.path), spec.description)


def form_title(spec: CommandSpec) -> Declared:
    assert spec.form is not None
    return Declared(form_key(spec.path), spec.form.title)


def option_help(path: tuple[str, ...] | None, param: Param) -> Declared:
    """`path` is the command's; None where no command is known (the CLI, a survey import)."""
    return Declared(option_key(path, param.name) if path else None, param.help)


def choice_label(value: str) -> Declared:
    return Declared(choice_key(value), value)


def accepted(value_type: ValueType) -> Declared:
    return Declared(accepted_key(value_type), value_type.accepted)
