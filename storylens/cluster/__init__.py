"""Story clustering: which articles of a stream cover the same story, across languages, one article at a time.

    signature.py  what clustering knows about an article: title-and-lead vector, name and value keys, day
    centre.py     each language's mean vector, learnt as articles arrive (measured from, so languages compare)
    index.py      candidate stories by shared keys within a time window; MemoryIndex for one run
    online.py     Clusterer.place: join the best story or start one; merge stories that come together

The ``stories`` stage (``storylens/stories.py``) runs it over a run's articles
when asked (``--cluster``); the store runs it over its own index for every new
article (``storylens.store.cluster``).
"""
