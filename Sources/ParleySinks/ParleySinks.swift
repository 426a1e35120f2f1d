// Scaffolding: replaced by the module's real types.
enum ParleySinksModule {}
