"""What the room agreed leaves the room: report, drejebog, calendar, history.

Qt-free: ``dates``, ``labels``, ``report`` (data and Markdown), ``calendar``, ``history``, ``writer``.
Qt: ``pdf`` (QTextDocument + QPdfWriter), ``report_pdf``, ``drejebog``, ``samples``.
"""
