"""Adapters: each translates one platform's payloads into core calls and replies back."""
