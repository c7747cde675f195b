"""Texts: Fluent files under ``locales/<lang>/`` rendered by message id."""
