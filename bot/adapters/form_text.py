"""A form's texts (its title, each input's label and hint, each choice) in the language of
whoever opened it, from the command's declaration: Slack's modals and Discord's alike."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.declared_text import (
    Declared,
    accepted,
    choice_label,
    form_title,
    name_key,
    option_help,
    summary,
)
from bot.core.spec import CommandSpec, Param
from bot.core.value_types import TEXT
from bot.i18n.languages import Language
from bot.i18n.messages import Joined, Message, Renderer, one_after_another

_STOPS = (".", "。", "．", "!", "?", "！", "？")


@dataclass(frozen=True)
class FormText:
    spec: CommandSpec  # the command the form completes (it declares a form)
    language: Language
    translator: Renderer

    def say(self, message: Message) -> str:
        return self.translator.render(message, self.language)

    def _declared(self, text: Declared) -> str:
        return text.localized(self.language, self.translator)

    def title(self) -> str:
        return self._declared(form_title(self.spec))

    def summary(self) -> str:
        return self._declared(summary(self.spec))

    def label(self, param: Param) -> str:
        """The option's name as the reader's language names it (as Discord's menus show it)."""
        english = param.name.replace("_", " ").capitalize()
        return self.translator.declared(name_key(param.name), english, self.language)

    def help(self, param: Param) -> str:
        return self._declared(option_help(self.spec.path, param))

    def choice(self, value: str) -> str:
        return self._declared(choice_label(value))

    def accepts(self, param: Param) -> str:
        """What may be typed: the choices' names, or what the value type accepts (and that
        several go with commas between)."""
        if param.choices:
            names = Joined(tuple(choice_label(value) for value in param.choices), ", ")
            return names.localized(self.language, self.translator)
        what = accepted(param.type)
        if param.many:
            return self.say(Message("adapters-form-accepts-several", accepted=what))
        return self._declared(what)

    def hint(self, param: Param) -> str:
        """The option's help as a sentence, what it accepts and whether several go."""
        help_text = self.help(param).rstrip("".join(_STOPS))
        sentences = [Message("adapters-form-help", help=help_text)]
        if param.type is not TEXT and not param.choices:
            sentences.append(Message("adapters-form-accepts", accepted=accepted(param.type)))
        if param.many:
            sentences.append(Message("adapters-form-several"))
        return one_after_another(map(self.say, sentences))
