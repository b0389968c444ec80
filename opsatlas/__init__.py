"""Operations Atlas: sourced records of cross-border law-enforcement operations, on a map."""

from .records.vocab import register_user_assigned_countries

register_user_assigned_countries()  # Kosovo's XKX, before anything reads a country code
