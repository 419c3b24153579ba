package com.example.payments;

import com.example.payments.PaymentMetrics.Outcome;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Takes payments and keeps them; records each one taken. */
@RestController
public class PaymentController {
  private final Map<String, String> stored = new ConcurrentHashMap<>();
  private final PaymentMetrics.Payments metrics;
  private final PaymentsProperties properties;

  public PaymentController(PaymentMetrics.Payments metrics, PaymentsProperties properties) {
    this.metrics = metrics;
    this.properties = properties;
  }

  @PostMapping("/payments/{id}")
  public ResponseEntity<String> take(
      @PathVariable("id") String id, @RequestParam("currency") String currency) {
    if (id.length() > properties.getMaxIdLength()) {
      metrics.taken(Outcome.REJECTED, currency).inc();
      return ResponseEntity.badRequest().body("id too long");
    }
    stored.put(id, currency);
    metrics.taken(Outcome.STORED, currency).inc();
    return ResponseEntity.status(HttpStatus.CREATED).body(id);
  }

  @GetMapping("/payments/{id}")
  public ResponseEntity<String> find(@PathVariable("id") String id) {
    String currency = stored.get(id);
    return currency == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(currency);
  }
}
