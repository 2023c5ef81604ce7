"""Duty feature (Frescobaldi-style folder): reminder banner, register, check log, usage report.

``area.create_area`` builds the "Sổ & nhắc việc" area and starts the
``ReminderController`` that drives the banner and the tray notification.
All store work goes through ``services.duty.DutyService`` on the "db" lane.
"""
