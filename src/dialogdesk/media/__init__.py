"""Films, podcasts and written cases: finding the file, checking it, playing it on the projector.

``library``, ``sniff``, ``findings``, ``subtitles`` and ``textfile`` import no Qt; ``check`` and
``player`` are the QtMultimedia side.
"""
