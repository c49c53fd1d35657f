package io.github.ciscosupport.test.simulator.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The simulator's synthetic, deterministic data: products, serial numbers and their coverage, EoX
 * records, bugs, security advisories, software, cases and RMAs. It is immutable and identical on
 * every run, so tests can pick inputs from it and assert exact results.
 * <p>
 * Time-relative data (bug modification dates, cases and RMAs, and the "last 30 days" style
 * defaults of the APIs) is anchored on {@link #asOf()}, a fixed date, not on the wall clock.
 *
 * @author cisco-support-spring
 */
public final class Catalogue {

	/** The date the synthetic data is a snapshot of. */
	public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

	/** The seed the standard catalogue is generated from. */
	public static final long SEED = 20230926L;

	private final List<Product> products;

	private final Map<String, Product> productsById;

	private final Map<String, List<Product>> productsByMdfId;

	private final List<Device> devices;

	private final Map<String, Device> devicesBySerial;

	private final Map<String, Device> devicesByInstance;

	private final List<EoxRecord> eoxRecords;

	private final Map<String, EoxRecord> eoxByPid;

	private final List<Bug> bugs;

	private final Map<String, Bug> bugsById;

	private final Map<String, List<Bug>> bugsByBasePid;

	private final List<Advisory> advisories;

	private final Map<String, Advisory> advisoriesById;

	private final Map<String, List<SoftwareFamily>> softwareByPid;

	private final Map<String, List<String>> osVersions;

	private final List<SupportCase> cases;

	private final Map<String, SupportCase> casesById;

	private final List<Rma> rmas;

	Catalogue(List<Product> products, List<Device> devices, List<EoxRecord> eoxRecords, List<Bug> bugs,
			List<Advisory> advisories, Map<String, List<SoftwareFamily>> softwareByPid,
			Map<String, List<String>> osVersions, List<SupportCase> cases, List<Rma> rmas) {
		this.products = List.copyOf(products);
		this.productsById = index(products, Product::productId);
		this.productsByMdfId = group(products.stream().filter((product) -> product.mdfId() != null).toList(),
				Product::mdfId);
		this.devices = List.copyOf(devices);
		this.devicesBySerial = index(devices, Device::serialNumber);
		this.devicesByInstance = index(devices, Device::instanceNumber);
		this.eoxRecords = List.copyOf(eoxRecords);
		this.eoxByPid = index(eoxRecords, EoxRecord::productId);
		this.bugs = List.copyOf(bugs);
		this.bugsById = index(bugs, Bug::bugId);
		Map<String, List<Bug>> byPid = new LinkedHashMap<>();
		for (Bug bug : bugs) {
			for (String pid : bug.basePids()) {
				byPid.computeIfAbsent(pid, (key) -> new ArrayList<>()).add(bug);
			}
		}
		this.bugsByBasePid = freeze(byPid);
		this.advisories = List.copyOf(advisories);
		this.advisoriesById = index(advisories, Advisory::advisoryId);
		this.softwareByPid = freeze(softwareByPid);
		this.osVersions = freeze(osVersions);
		this.cases = List.copyOf(cases);
		this.casesById = index(cases, SupportCase::caseId);
		this.rmas = List.copyOf(rmas);
	}

	/**
	 * The standard catalogue, generated once per class loader from {@link #SEED}. Generation takes
	 * well under a second.
	 * @return the standard catalogue
	 */
	public static Catalogue standard() {
		return Standard.INSTANCE;
	}

	/**
	 * The date the data is a snapshot of.
	 * @return {@link #AS_OF}
	 */
	public LocalDate asOf() {
		return AS_OF;
	}

	/**
	 * All products, hardware variants ({@code -RF}, {@code =}) included.
	 * @return the products
	 */
	public List<Product> products() {
		return this.products;
	}

	/**
	 * All product IDs.
	 * @return the PIDs
	 */
	public List<String> productIds() {
		return this.products.stream().map(Product::productId).toList();
	}

	/**
	 * Looks up a product.
	 * @param productId the PID, exactly (case-sensitive)
	 * @return the product, if any
	 */
	public Optional<Product> product(String productId) {
		return Optional.ofNullable(this.productsById.get(productId));
	}

	/**
	 * The products of an MDF ID.
	 * @param mdfId the MDF ID
	 * @return the products, possibly empty
	 */
	public List<Product> productsByMdfId(String mdfId) {
		return this.productsByMdfId.getOrDefault(mdfId, List.of());
	}

	/**
	 * All serial numbers with their coverage.
	 * @return the devices
	 */
	public List<Device> devices() {
		return this.devices;
	}

	/**
	 * Looks up a serial number.
	 * @param serialNumber the serial number (case-insensitive)
	 * @return the device, if any
	 */
	public Optional<Device> device(String serialNumber) {
		return Optional.ofNullable(this.devicesBySerial.get(serialNumber.toUpperCase(java.util.Locale.ROOT)));
	}

	/**
	 * Looks up an install-base instance number.
	 * @param instanceNumber the instance number
	 * @return the device, if any
	 */
	public Optional<Device> deviceByInstanceNumber(String instanceNumber) {
		return Optional.ofNullable(this.devicesByInstance.get(instanceNumber));
	}

	/**
	 * All serial numbers.
	 * @return the serial numbers
	 */
	public List<String> serialNumbers() {
		return this.devices.stream().map(Device::serialNumber).toList();
	}

	/**
	 * The serial numbers a service contract covers.
	 * @return the covered serial numbers
	 */
	public List<String> coveredSerialNumbers() {
		return this.devices.stream().filter(Device::covered).map(Device::serialNumber).toList();
	}

	/**
	 * The serial numbers no service contract covers.
	 * @return the uncovered serial numbers
	 */
	public List<String> uncoveredSerialNumbers() {
		return this.devices.stream().filter((device) -> !device.covered()).map(Device::serialNumber).toList();
	}

	/**
	 * All EoX records: hardware (with {@code -RF} and {@code =} variants) and software.
	 * @return the EoX records
	 */
	public List<EoxRecord> eoxRecords() {
		return this.eoxRecords;
	}

	/**
	 * Looks up the EoX record of a PID.
	 * @param productId the PID, exactly
	 * @return the record, if the PID has one
	 */
	public Optional<EoxRecord> eoxRecord(String productId) {
		return Optional.ofNullable(this.eoxByPid.get(productId));
	}

	/**
	 * All bugs.
	 * @return the bugs
	 */
	public List<Bug> bugs() {
		return this.bugs;
	}

	/**
	 * Looks up a bug.
	 * @param bugId the bug ID
	 * @return the bug, if any
	 */
	public Optional<Bug> bug(String bugId) {
		return Optional.ofNullable(this.bugsById.get(bugId));
	}

	/**
	 * The bugs affecting a base PID, in bug ID order.
	 * @param basePid the base PID
	 * @return the bugs, possibly empty
	 */
	public List<Bug> bugsForProduct(String basePid) {
		return this.bugsByBasePid.getOrDefault(basePid, List.of());
	}

	/**
	 * All security advisories, most recent first.
	 * @return the advisories
	 */
	public List<Advisory> advisories() {
		return this.advisories;
	}

	/**
	 * Looks up an advisory.
	 * @param advisoryId the advisory ID
	 * @return the advisory, if any
	 */
	public Optional<Advisory> advisory(String advisoryId) {
		return Optional.ofNullable(this.advisoriesById.get(advisoryId));
	}

	/**
	 * The OS versions PSIRT knows for an OS type.
	 * @param osType the OS type, for example {@code iosxe}
	 * @return the versions, possibly empty
	 */
	public List<String> osVersions(String osType) {
		return this.osVersions.getOrDefault(osType, List.of());
	}

	/**
	 * The software published for a PID: one entry per software type.
	 * @param productId the PID
	 * @return the software, empty for products without software
	 */
	public List<SoftwareFamily> software(String productId) {
		return this.softwareByPid.getOrDefault(productId, List.of());
	}

	/**
	 * All support cases.
	 * @return the cases
	 */
	public List<SupportCase> cases() {
		return this.cases;
	}

	/**
	 * Looks up a case.
	 * @param caseId the case ID
	 * @return the case, if any
	 */
	public Optional<SupportCase> supportCase(String caseId) {
		return Optional.ofNullable(this.casesById.get(caseId));
	}

	/**
	 * All RMAs.
	 * @return the RMAs
	 */
	public List<Rma> rmas() {
		return this.rmas;
	}

	/**
	 * Looks up an RMA.
	 * @param rmaNumber the RMA number
	 * @return the RMA, if any
	 */
	public Optional<Rma> rma(long rmaNumber) {
		return this.rmas.stream().filter((rma) -> rma.rmaNumber() == rmaNumber).findFirst();
	}

	@Override
	public String toString() {
		return "Catalogue[asOf=" + AS_OF + ", products=" + this.products.size() + ", serialNumbers="
				+ this.devices.size() + ", eoxRecords=" + this.eoxRecords.size() + ", bugs=" + this.bugs.size()
				+ ", advisories=" + this.advisories.size() + ", cases=" + this.cases.size() + ", rmas="
				+ this.rmas.size() + "]";
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
		Map<String, T> map = new LinkedHashMap<>();
		for (T item : items) {
			map.put(key.apply(item), item);
		}
		return Collections.unmodifiableMap(map);
	}

	private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
		Map<String, List<T>> map = new LinkedHashMap<>();
		for (T item : items) {
			map.computeIfAbsent(key.apply(item), (k) -> new ArrayList<>()).add(item);
		}
		return freeze(map);
	}

	private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
		Map<String, List<T>> frozen = new LinkedHashMap<>();
		map.forEach((key, value) -> frozen.put(key, List.copyOf(value)));
		return Collections.unmodifiableMap(frozen);
	}

	/**
	 * Holder idiom: the immutable standard catalogue is generated on first use only.
	 */
	private static final class Standard {

		static final Catalogue INSTANCE = CatalogueGenerator.generate(SEED);

	}

}
