package org.rectify.contract;

import java.util.List;
import org.rectify.platform.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The contract register over HTTP: {@code POST/GET /api/contracts}, {@code GET /api/contracts/{number}}. */
@RestController
@RequestMapping("/api/contracts")
class ContractController {

  private final ContractRegistration registration;
  private final ContractRepository contracts;

  ContractController(ContractRegistration registration, ContractRepository contracts) {
    this.registration = registration;
    this.contracts = contracts;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Contract register(@RequestBody ContractRequest request) {
    return registration.register(request);
  }

  @GetMapping
  List<Contract> list() {
    return contracts.findAll();
  }

  @GetMapping("/{number}")
  Contract get(@PathVariable String number) {
    return contracts.findByNumber(number).orElseThrow(() -> ApiException.notFound("合同不存在：" + number));
  }
}
