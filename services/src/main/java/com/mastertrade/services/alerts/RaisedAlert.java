package com.mastertrade.services.alerts;

import com.mastertrade.metrics.schema.MasterTradeLabels.AlertPriority;

/** An alert raised by a rule: its type (a label value, so from a fixed set), priority and text. */
record RaisedAlert(String type, AlertPriority priority, String message, long timeMillis) {}
