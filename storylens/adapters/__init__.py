"""Every third-party model or library sits behind one module here, so a backend can be swapped in one file."""
