"""The evidence report: a review screen to choose entries, and the PDF made from them."""
