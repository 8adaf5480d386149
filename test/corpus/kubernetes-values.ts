/**
 * Kubernetes objects as the official Python client's model docs describe
 * them (field names as the docs give them: `api_version`, `container_port`),
 * with what each model's guard must say of them. Checked against the
 * package generated from ../shared/corpora/kubernetes-python/docs by
 * `npm run test:corpus -- <docs> --values test/corpus/kubernetes-values.ts`.
 */
import type { ValueCase } from "./values.js";

const container = {
  name: "web",
  image: "nginx:1.27",
  image_pull_policy: "IfNotPresent",
  ports: [{ container_port: 80, name: "http", protocol: "TCP" }],
  env: [{ name: "MODE", value: "production" }],
  resources: { limits: { cpu: "500m", memory: "128Mi" }, requests: { cpu: "250m" } },
  liveness_probe: { http_get: { path: "/healthz", port: "http" }, initial_delay_seconds: 3, period_seconds: 10 },
  readiness_probe: { tcp_socket: { port: 80 } },
};

const podSpec = { containers: [container], restart_policy: "Always", node_selector: { "kubernetes.io/os": "linux" } };

const deployment = {
  api_version: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web", namespace: "default", labels: { app: "web" }, creation_timestamp: "2024-05-01T12:00:00Z" },
  spec: {
    replicas: 3,
    selector: { match_labels: { app: "web" } },
    template: { metadata: { labels: { app: "web" } }, spec: podSpec },
  },
};

const { name: _name, ...namelessContainer } = container;
const { selector: _selector, ...specWithoutSelector } = deployment.spec;

export const cases: ValueCase[] = [
  { model: "V1Pod", valid: true, why: "a pod with one container", value: { api_version: "v1", kind: "Pod", metadata: { name: "web-0" }, spec: podSpec } },
  { model: "V1Deployment", valid: true, why: "a deployment of three replicas", value: deployment },
  {
    model: "V1Service",
    valid: true,
    why: "a service whose target port is a name (`Union[int, str]`)",
    value: { api_version: "v1", kind: "Service", metadata: { name: "web" }, spec: { selector: { app: "web" }, ports: [{ port: 80, target_port: "http" }] } },
  },
  { model: "V1ConfigMap", valid: true, why: "a config map", value: { api_version: "v1", kind: "ConfigMap", data: { "app.conf": "mode=production" } } },
  { model: "V1Container", valid: true, why: "a container with its name alone", value: { name: "sidecar" } },
  { model: "V1Container", valid: false, why: "a container without its required name", value: namelessContainer },
  { model: "V1Pod", valid: false, why: "a pod whose container has no name", value: { spec: { containers: [namelessContainer] } } },
  { model: "V1Deployment", valid: false, why: "a deployment spec without its required selector", value: { ...deployment, spec: specWithoutSelector } },
  {
    model: "V1Deployment",
    valid: false,
    why: "a container port given as a string, three models down",
    value: { ...deployment, spec: { ...deployment.spec, template: { spec: { containers: [{ ...container, ports: [{ container_port: "80" }] }] } } } },
  },
  { model: "V1Deployment", valid: false, why: "replicas that are not an integer", value: { ...deployment, spec: { ...deployment.spec, replicas: 2.5 } } },
  { model: "V1Deployment", valid: false, why: "a label value that is not a string", value: { ...deployment, metadata: { labels: { tier: 1 } } } },
  { model: "V1Deployment", valid: false, why: "a creation timestamp that is not a timestamp", value: { ...deployment, metadata: { creation_timestamp: "yesterday" } } },
  { model: "V1Service", valid: false, why: "a service port without its required port", value: { spec: { ports: [{ name: "http" }] } } },
  { model: "V1ConfigMap", valid: false, why: "config map data that is a list", value: { data: ["mode=production"] } },
  // The docs escape a field named by a Python keyword with a leading `_` (`_continue`, `_from`): its key is the word.
  { model: "V1ListMeta", valid: true, why: "a list's continue token, the docs' `_continue`", value: { continue: "eyJ2IjoibWV0YS5rOHMuaW8vdjEifQ", resource_version: "42" } },
  { model: "V1ListMeta", valid: false, why: "a continue token that is not a string", value: { continue: 7 } },
  {
    model: "V1NetworkPolicyIngressRule",
    valid: false,
    why: "ingress sources, the docs' `_from`, that are not a list",
    value: { from: { ip_block: { cidr: "10.0.0.0/8" } } },
  },
];
