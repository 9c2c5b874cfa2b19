import http from 'k6/http';
import { check } from 'k6';

export const options = {
  vus: 50,
  duration: '5m',
  thresholds: {
    http_req_duration: ['p(95)<300'],
    http_req_failed: ['rate<0.01'],
  },
};

export default function () {
  const res = http.post('https://staging.shop.example/checkout', JSON.stringify({ cart: 'c-1' }));
  check(res, { 'status is 201': (r) => r.status === 201 });
}
