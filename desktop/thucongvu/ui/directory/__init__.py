"""Directory (danh bạ) area of the window — built by the directory feature."""
