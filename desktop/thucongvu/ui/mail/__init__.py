"""The mail area (Hộp thư): folder tree, message list, reader, compose, actions."""
