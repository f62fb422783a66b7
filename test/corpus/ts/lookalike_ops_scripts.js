// corpus: look-alike only: ops script using child_process exec/spawn, RegExp#exec, a Neo4j session.run(cypher), Sequelize-style Model.create/findAll, array .map/.find; nothing here runs or loads an ML model
const { exec, spawn } = require("node:child_process");
const { promisify } = require("node:util");
const neo4j = require("neo4j-driver");
const { Sequelize, DataTypes } = require("sequelize");

const execAsync = promisify(exec);
const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const Deployment = sequelize.define("Deployment", {
  service: DataTypes.STRING,
  version: DataTypes.STRING,
  status: DataTypes.STRING,
});

const VERSION_RE = /^v(\d+)\.(\d+)\.(\d+)$/;
const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD));

async function currentVersion(service) {
  const { stdout } = await execAsync(`kubectl get deploy ${service} -o jsonpath='{.metadata.labels.version}'`);
  const match = VERSION_RE.exec(stdout.trim());
  if (!match) throw new Error(`unparseable version: ${stdout}`);
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

function tailLogs(service) {
  const child = spawn("kubectl", ["logs", "-f", `deploy/${service}`], { stdio: ["ignore", "pipe", "inherit"] });
  child.stdout.on("data", (buf) => process.stdout.write(buf));
  return child;
}

async function recordDependencies(service, deps) {
  const session = driver.session();
  try {
    await session.run(
      "MERGE (s:Service {name: $service}) WITH s UNWIND $deps AS d MERGE (t:Service {name: d}) MERGE (s)-[:DEPENDS_ON]->(t)",
      { service, deps },
    );
  } finally {
    await session.close();
  }
}

async function main() {
  const services = ["checkout", "search", "recommendations"];
  const versions = await Promise.all(services.map((s) => currentVersion(s)));
  const outdated = services.find((s, i) => versions[i].major < 3);
  for (const [i, service] of services.entries()) {
    await Deployment.create({ service, version: `v${versions[i].major}.${versions[i].minor}.${versions[i].patch}`, status: "seen" });
  }
  const history = await Deployment.findAll({ where: { service: "checkout" } });
  console.log(`checkout deployments recorded: ${history.length}; outdated: ${outdated ?? "none"}`);
  await recordDependencies("checkout", ["search", "payments"]);
  if (process.argv.includes("--tail")) tailLogs("checkout");
  await driver.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
