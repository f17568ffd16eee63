// placeholder: the pages are written on branch web
