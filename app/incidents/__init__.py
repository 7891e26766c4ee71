"""The incident record's report for a lawyer or an advocate, Qt-free.

``report_model`` chooses the records (a period, kinds, a person) and orders them
oldest first, as each reads now, with its amendments and evidence; names are
replaced when asked, as in the therapist export. ``report_html`` lays the report
out for the PDF renderer, ``report_csv`` as a spreadsheet, and ``report_write``
writes either through the export's own private, checked writer and logs it.
"""
