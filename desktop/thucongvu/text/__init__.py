"""Vietnamese text: normalisation (TCVN 6909:2001 Unicode, NFC), folding, legacy encodings."""
