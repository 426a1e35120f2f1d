// Scaffolding: replaced by the module's real tests.
